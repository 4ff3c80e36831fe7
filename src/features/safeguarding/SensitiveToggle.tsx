/**
 * The choice to show sensitive answers (fear, exploitation, health, a child alone) in a tool's
 * summary and on paper: off by default, since a screen or a sheet can be seen by others
 * (issue 14, rule 8). The tool keeps the choice in its state only, like the answers.
 */
interface Props {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function SensitiveToggle({ id, label, checked, onChange }: Props) {
  return (
    <p class="sensitive-toggle">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />{' '}
      <label for={id}>{label}</label>
    </p>
  );
}
