import type { FigureChange } from '../model';
import { noteOf } from './fixtures.spec-helper';
import { isSilentEdit } from './silent-edit';

const change: FigureChange = {
  key: 'k',
  change: 'added',
  label: 'k',
  section: null,
  from: null,
  to: null,
};

describe(isSilentEdit.name, () => {
  it('given figure changes and no new note, when checked, then the edit is silent', () => {
    expect(isSilentEdit([change], [noteOf('Updated on May 1')], [noteOf('Updated on May 1')])).toBe(true);
  });

  it('given figure changes and a new note, when checked, then the edit is announced', () => {
    expect(isSilentEdit([change], [], [noteOf('Updated on May 2 to add events')])).toBe(false);
  });

  it('given the old note retyped with other case and spacing, when checked, then it is not a new note', () => {
    expect(isSilentEdit([change], [noteOf('Updated on  May 1.')], [noteOf('updated on May 1')])).toBe(true);
  });

  it('given no figure changes, when checked, then the edit is not silent', () => {
    expect(isSilentEdit([], [], [])).toBe(false);
  });
});
