import * as React from 'react';
import { Calendar } from '@fluentui/react/lib/Calendar';
import { Callout, DirectionalHint } from '@fluentui/react/lib/Callout';
import { IconButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { FocusTrapZone } from '@fluentui/react/lib/FocusTrapZone';
import * as strings from 'PmoHubStrings';
import { isIsoDate } from '../../../model/validate';
import { fromIsoDate, toIsoDate } from './formatValue';

export interface IDateFieldProps {
  /** Localized label. */
  label: string;
  /**
   * The date as yyyy-mm-dd, '' for none, or the text as typed when it is not (yet) a date: the form's
   * validation refuses it with a message next to the field instead of the picker dropping it.
   */
  value: string;
  /** Called with the text as typed (yyyy-mm-dd when picked from the calendar). */
  onChange: (value: string) => void;
  /** Validation text shown under the field. */
  errorMessage?: string;
  required?: boolean;
  disabled?: boolean;
}

/**
 * A date typed as yyyy-mm-dd or picked from a calendar. The text is the value: nothing typed is
 * rolled over (2025-02-30 is not 2 March) or cleared; the calendar opens only from its button, so it
 * never takes the focus from someone typing.
 */
export function DateField(props: IDateFieldProps): React.ReactElement {
  const { label, value, onChange, errorMessage, required, disabled } = props;
  const [open, setOpen] = React.useState(false);
  const anchor = React.useRef<HTMLDivElement>(null);
  const picked = isIsoDate(value) ? fromIsoDate(value) : undefined;
  const calendarButton = (): React.ReactElement => (
    <IconButton
      iconProps={{ iconName: 'Calendar' }}
      ariaLabel={strings.DateFieldOpenCalendar.replace('{0}', label)}
      disabled={disabled}
      onClick={() => setOpen((o) => !o)}
      styles={{ root: { height: 30 } }}
    />
  );
  return (
    <div ref={anchor}>
      <TextField
        label={label}
        value={value}
        required={required}
        disabled={disabled}
        errorMessage={errorMessage}
        placeholder={strings.DateFieldPlaceholder}
        autoComplete="off"
        role="combobox"
        aria-haspopup="dialog"
        aria-expanded={open}
        onChange={(_e, text) => onChange(text ?? '')}
        onRenderSuffix={calendarButton}
        styles={{ suffix: { padding: 0 } }}
      />
      {open && (
        <Callout target={anchor} directionalHint={DirectionalHint.bottomLeftEdge} onDismiss={() => setOpen(false)} role="dialog" ariaLabel={label} setInitialFocus>
          <FocusTrapZone isClickableOutsideFocusTrap>
            <Calendar
              value={picked}
              onSelectDate={(d) => {
                onChange(toIsoDate(d));
                setOpen(false);
              }}
              onDismiss={() => setOpen(false)}
              showGoToToday
            />
          </FocusTrapZone>
        </Callout>
      )}
    </div>
  );
}
