import * as React from 'react';
import { Label } from '@fluentui/react/lib/Label';
import { IPersonaProps } from '@fluentui/react/lib/Persona';
import { NormalPeoplePicker } from '@fluentui/react/lib/Pickers';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import type { IPerson } from '../../../model/types';
import type { IPeopleService } from '../../../services/types';
import { errorMessage, logError } from '../errorMessage';
import { FieldError } from './FieldError';

export interface IPeoplePickerFieldProps {
  /** Localized label. */
  label: string;
  /** The picked person (a site user), or undefined. */
  value: IPerson | undefined;
  /** Called with the picked person once they are ensured as a site user, or undefined when removed. */
  onChange: (person: IPerson | undefined) => void;
  /** Directory search and site-user ensure. */
  people: IPeopleService;
  /** Validation text shown under the field. */
  errorMessage?: string;
  disabled?: boolean;
}

const toPersona = (p: IPerson): IPersonaProps => ({ key: p.email || String(p.id), text: p.title, secondaryText: p.email });

/**
 * Single-person picker: searches the directory as the person types and, on pick, ensures the
 * chosen person as a site user so the item can store their id (SharePoint person columns need it).
 */
export function PeoplePickerField(props: IPeoplePickerFieldProps): React.ReactElement {
  const { label, value, onChange, people, disabled } = props;
  const [id] = React.useState(() => getId('people'));
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);

  const resolve = React.useCallback(
    (filter: string): Promise<IPersonaProps[]> | IPersonaProps[] => {
      if (!filter.trim()) return [];
      return people.search(filter.trim()).then(
        (found) => {
          // A search that works again clears the message an earlier failed one left next to the field.
          setFailure(undefined);
          return found.map(toPersona);
        },
        (e: unknown) => {
          logError('PeoplePicker search', e);
          setFailure(errorMessage(e));
          return [];
        }
      );
    },
    [people]
  );

  const picked = (items?: IPersonaProps[]): void => {
    setFailure(undefined);
    const item = items && items[0];
    if (!item) {
      onChange(undefined);
      return;
    }
    setBusy(true);
    people.ensure(item.secondaryText || String(item.key)).then(
      (person) => {
        setBusy(false);
        onChange(person);
      },
      (e: unknown) => {
        logError('PeoplePicker ensure', e);
        setBusy(false);
        setFailure(errorMessage(e));
      }
    );
  };

  const shown = props.errorMessage || failure;
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <NormalPeoplePicker
        itemLimit={1}
        selectedItems={value ? [toPersona(value)] : []}
        onResolveSuggestions={resolve}
        onChange={picked}
        disabled={disabled || busy}
        inputProps={{ id, 'aria-label': label, placeholder: value ? undefined : strings.ProjectFormPeopleSearchHint }}
        pickerSuggestionsProps={{
          noResultsFoundText: strings.ProjectFormPeopleNoResults,
          loadingText: strings.ProjectFormPeopleLoading
        }}
        resolveDelay={300}
      />
      <FieldError message={shown} />
    </div>
  );
}
