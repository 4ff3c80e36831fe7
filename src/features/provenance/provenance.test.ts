import { describe, expect, it } from 'vitest';
import { provenanceField } from './schema';
import { label } from './record';

const issues = (data: unknown) =>
  provenanceField.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}`) ?? [];

describe('the provenance record', () => {
  it('accepts a machine-assisted page that nobody has checked yet', () => {
    expect(issues({ method: 'machine-assisted', checked: [] })).toEqual([]);
  });

  it('accepts a check that gives a role, a date and the version checked', () => {
    const check = { by: 'native-speaker', date: '2027-01-15', version: '0123456789ab' };
    expect(issues({ method: 'human', checked: [check] })).toEqual([]);
  });

  it('requires the method and the list of checks', () => {
    expect(issues({}).sort()).toEqual(['checked', 'method']);
  });

  it('rejects a check without a role, without a date, or without the version it covers', () => {
    expect(
      issues({ method: 'human', checked: [{ date: '2027-01-15', version: '0123456789ab' }] }),
    ).toEqual(['checked.0.by']);
    expect(
      issues({ method: 'human', checked: [{ by: 'iom-staff', version: '0123456789ab' }] }),
    ).toEqual(['checked.0.date']);
    expect(issues({ method: 'human', checked: [{ by: 'iom-staff', date: '2027-01-15' }] })).toEqual(
      ['checked.0.version'],
    );
  });

  it('rejects a role that is not in the list, and a method that is neither', () => {
    expect(issues({ method: 'ai', checked: [] })).toEqual(['method']);
    const check = { by: 'my-cousin', date: '2027-01-15', version: '0123456789ab' };
    expect(issues({ method: 'human', checked: [check] })).toEqual(['checked.0.by']);
  });
});

describe('what the provenance line says', () => {
  const check = (version: string, date: string) => ({
    by: 'iom-staff' as const,
    date: new Date(date),
    version,
  });

  it('says a translated page is not checked when no check is recorded', () => {
    const line = label({ method: 'machine-assisted', checked: [] }, 'aaaaaaaaaaaa', true);
    expect(line).toEqual({ method: 'machine-assisted', origin: 'translated' });
  });

  it('counts a check only for the version it was made on', () => {
    const record = { method: 'human' as const, checked: [check('aaaaaaaaaaaa', '2027-01-15')] };
    expect(label(record, 'aaaaaaaaaaaa', false).current?.date).toEqual(new Date('2027-01-15'));
    const changed = label(record, 'bbbbbbbbbbbb', false);
    expect(changed.current).toBeUndefined();
    expect(changed.earlier?.by).toBe('iom-staff');
  });

  it('names the latest check that covers the page', () => {
    const record = {
      method: 'human' as const,
      checked: [check('aaaaaaaaaaaa', '2027-01-15'), check('aaaaaaaaaaaa', '2027-03-01')],
    };
    expect(label(record, 'aaaaaaaaaaaa', false).current?.date).toEqual(new Date('2027-03-01'));
  });
});
