import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkIsbn, compactIsbn, isbn10To13 } from '../../../src/reading/index.ts';

describe('checkIsbn', () => {
  it('accepts a valid ISBN-13 with hyphens, spaces or nothing, and returns its digits', () => {
    for (const written of ['978-0-306-40615-7', '978 0 306 40615 7', '9780306406157']) {
      assert.deepEqual(checkIsbn(written), { ok: true, digits: '9780306406157' });
    }
  });

  it('rejects a wrong check digit and names the right one', () => {
    const result = checkIsbn('978-0-306-40615-1');
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : '', /最后一位应为 7/);
  });

  it('rejects 13 digits that are not a book number (no 978/979 prefix)', () => {
    assert.equal(checkIsbn('1234567890128').ok, false);
  });

  it('rejects a valid ISBN-10 and offers its ISBN-13', () => {
    const result = checkIsbn('0-306-40615-2');
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : '', /请改为 9780306406157/);
  });

  it('rejects an invalid ISBN-10 (including an X check character that does not fit)', () => {
    const result = checkIsbn('0-306-40615-X');
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : '', /校验位错误的 ISBN-10/);
  });

  it('rejects other lengths and characters', () => {
    for (const written of ['', '978-7-01', 'ISBN 978-0-306-40615-7', '97803064061570']) {
      assert.equal(checkIsbn(written).ok, false, written);
    }
  });
});

describe('isbn helpers', () => {
  it('compactIsbn removes hyphens and spaces only', () => {
    assert.equal(compactIsbn(' 978-7 01 '), '978701');
  });

  it('isbn10To13 converts with a recomputed check digit (X-ending ISBN-10 too)', () => {
    assert.equal(isbn10To13('0306406152'), '9780306406157');
    assert.equal(isbn10To13('080442957X'), '9780804429573');
  });
});
