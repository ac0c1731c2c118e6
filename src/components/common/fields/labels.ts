import * as strings from 'PmoHubStrings';
import { format } from '@fluentui/react/lib/Utilities';
import type { Health, Phase, Priority } from '../../../model/types';
import type { IValidationMessage } from '../../../model/validate';

/** Localized name of a phase (choice values are stored in English). */
export function phaseLabel(phase: Phase | '' | undefined): string {
  return phase ? strings[`RegisterPhase${phase}` as keyof IPmoHubStrings] || phase : '';
}

/** Localized name of a health value; always text, so the RAG colour is never the only signal. */
export function healthLabel(health: Health | '' | undefined): string {
  return health ? strings[`RegisterHealth${health}` as keyof IPmoHubStrings] || health : '';
}

/** Localized name of a priority. */
export function priorityLabel(priority: Priority | '' | undefined): string {
  return priority ? strings[`RegisterPriority${priority}` as keyof IPmoHubStrings] || priority : '';
}

/** The text of a validation message (src/model/validate.ts) in the person's language. */
export function validationText(message: IValidationMessage | undefined): string | undefined {
  if (!message) return undefined;
  const template = strings[message.key] || message.key;
  return message.values ? format(template, ...message.values) : template;
}
