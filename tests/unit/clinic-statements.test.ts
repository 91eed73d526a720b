import { describe, expect, it } from 'vitest';
import { consultWords } from '../../src/lib/clinic-statements';

describe("the clinic's statements", () => {
  it('add the consultation sentence after the standard words only when the clinic wrote one', () => {
    expect(consultWords('Ask us.', { statements: {} })).toBe('Ask us.');
    expect(consultWords('Ask us.', { statements: { consultation: null } })).toBe('Ask us.');
    expect(consultWords('Ask us.', { statements: { consultation: 'It carries no obligation.' } })).toBe(
      'Ask us. It carries no obligation.',
    );
  });
});
