import React, {type ReactNode} from 'react';
import CountedCheckbox from '@site/src/components/CountedCheckbox';

interface Option {
  readonly value: string;
  readonly label: string;
  readonly description?: string;
}

interface Props {
  /** Start of each checkbox id; the option's value completes it. */
  readonly idPrefix: string;
  readonly name: string;
  readonly options: readonly Option[];
  readonly isChecked: (value: string) => boolean;
  /** Results that ticking an option would leave; without it, no counts are shown. */
  readonly countOf?: (value: string) => number;
  readonly onToggle: (value: string) => void;
}

/** The options of one filter or question, as counted checkboxes. */
export default function CheckboxOptions({idPrefix, name, options, isChecked, countOf, onToggle}: Props): ReactNode {
  return options.map((option) => (
    <CountedCheckbox
      key={option.value}
      id={`${idPrefix}-${option.value}`}
      name={name}
      value={option.value}
      label={option.label}
      description={option.description}
      checked={isChecked(option.value)}
      count={countOf?.(option.value)}
      onChange={() => onToggle(option.value)}
    />
  ));
}
