import { useState, type FormEvent, type Ref } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { TextField, useI18n } from '@knutepunkt/ui';

export interface SearchFormProps {
  /** The input's id and name; unique on the page. */
  id: string;
  label: string;
  description?: string;
  onSearch: (term: string) => void;
  pending?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  initial?: string;
}

/**
 * A search field with its own button. The search runs when the person asks
 * for it (Enter or the button), not on every key press, so a screen reader is
 * not interrupted by result counts while they type.
 */
export function SearchForm({
  id,
  label,
  description,
  onSearch,
  pending = false,
  inputRef,
  initial = '',
}: SearchFormProps) {
  const { t } = useI18n();
  const [value, setValue] = useState(initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(value.trim());
  };
  return (
    <form role="search" onSubmit={onSubmit} className="kp-search" aria-label={label}>
      <TextField
        id={id}
        name={id}
        type="search"
        label={label}
        description={description}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        ref={inputRef}
        autoComplete="off"
      />
      <Button type="submit" variant="secondary" loading={pending}>
        {t('admin.common.search')}
      </Button>
    </form>
  );
}
