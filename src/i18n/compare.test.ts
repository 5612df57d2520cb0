import { describe, expect, it } from 'vitest';
import { compareStrings } from './compare';

describe('compareStrings', () => {
  it('asks for every plural form the language needs', () => {
    const reference = { 'minutes_one': '{{count}} Minute', 'minutes_other': '{{count}} Minuten', title: 'T' };
    expect(compareStrings({ 'minutes_one': 'a', 'minutes_other': 'b', title: 't' }, reference, 'ru').missing).toEqual(['minutes_few', 'minutes_many']);
    expect(compareStrings({ title: 't', extra: 'x' }, reference, 'en')).toEqual({ missing: ['minutes_one', 'minutes_other'], extra: ['extra'] });
  });
});
