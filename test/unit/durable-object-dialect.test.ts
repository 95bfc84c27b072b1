// Statements past the Durable Object's 100 bound parameters are run with their values written in
// (db/dialect/durable-object.ts): the literals must say exactly what the parameters said.
import { describe, expect, it } from 'vitest';
import { inlineParameters } from '../../db/dialect/durable-object';

describe('inlineParameters', () => {
  it('writes strings, numbers, nulls, booleans and bytes as SQLite literals, in order', () => {
    const sql = inlineParameters('insert into t ("a", "b", "c", "d", "e") values (?, ?, ?, ?, ?)', ["O'Brien", 42.5, null, true, new Uint8Array([0, 255])]);
    expect(sql).toBe(`insert into t ("a", "b", "c", "d", "e") values ('O''Brien', 42.5, NULL, 1, X'00ff')`);
  });

  it('leaves question marks inside quoted strings, quoted names and comments alone', () => {
    const sql = inlineParameters(`select '?' as "why?", ? as x -- what?\nfrom t where y = ?`, [1, 'z']);
    expect(sql).toBe(`select '?' as "why?", 1 as x -- what?\nfrom t where y = 'z'`);
  });

  it('refuses a count of parameters that does not match the placeholders', () => {
    expect(() => inlineParameters('select ?', [])).toThrow(/placeholders/);
    expect(() => inlineParameters('select 1', [1])).toThrow(/parameters/);
  });
});
