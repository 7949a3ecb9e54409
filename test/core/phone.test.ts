/** RELIABILITY 28: phone numbers as studios write them, dialled the way a phone dials them. */
import { expect } from '@open-wc/testing';
import { parsePhone } from '../../src/core/phone.js';
import { telUrl } from '../../src/core/studio-config.js';

/** [country, as written, tel: link or undefined (shown as text)] */
const TABLE: [string, string, string | undefined][] = [
  ['UK', '+44 (0)20 7946 0958', 'tel:+442079460958'],
  ['UK', '+44 (0) 161 496 0000 (Mon–Fri 9–5)', 'tel:+441614960000'],
  ['UK', '020 7946 0958 ext. 12', 'tel:02079460958;ext=12'],
  ['UK', '+44 020 7946 0958', 'tel:+442079460958'],
  ['UK', '0044 20 7946 0958', 'tel:+442079460958'],
  ['Italy', '+39 (0)2 1234 5678', 'tel:+390212345678'],
  ['Italy', '+39 02 555 0101', 'tel:+39025550101'],
  ['Italy', '+39 333 123 4567 (lun–ven 9–18)', 'tel:+393331234567'],
  ['Italy', 'Tel. 02/1234.5678 int. 3', 'tel:0212345678;ext=3'],
  ['Italy', '0039 06 6988 1234', 'tel:+390669881234'],
  ['Germany', '+49 (0)30 123456-78', 'tel:+493012345678'],
  ['Germany', '+49 030/1234567', 'tel:+49301234567'],
  ['Germany', '030 / 123 456 78', 'tel:03012345678'],
  ['France', '+33 (0)1 23 45 67 89', 'tel:+33123456789'],
  ['France', '01.23.45.67.89', 'tel:0123456789'],
  ['Switzerland', '+41 (0)44 668 18 00', 'tel:+41446681800'],
  ['Austria', '+43 (0)1 234 56 78', 'tel:+4312345678'],
  ['Netherlands', '+31 (0)20-123 4567', 'tel:+31201234567'],
  ['Spain', '+34 912 345 678', 'tel:+34912345678'],
  ['USA', '(212) 555-0100 x12', 'tel:2125550100;ext=12'],
  ['USA', '+1 212-555-0100 ext 7', 'tel:+12125550100;ext=7'],
  ['USA', '1-800-FLOWERS', undefined],
  ['Canada', '+1 (416) 555-0199', 'tel:+14165550199'],
  ['Australia', '+61 (0)2 9876 5432', 'tel:+61298765432'],
  ['Australia', '(02) 9876 5432', 'tel:0298765432'],
  ['Ireland', '+353 (0)1 234 5678', 'tel:+35312345678'],
  ['Brazil', '+55 11 91234-5678', 'tel:+5511912345678'],
  ['Japan', '+81 (0)3-1234-5678', 'tel:+81312345678'],
  ['Poland', '+48 22 123 45 67', 'tel:+48221234567'],
  ['any', '02 1234 5678 / 333 123 4567', undefined],
  ['any', 'call us', undefined],
  ['any', 'javascript:alert(1)', undefined],
  ['any', '+39 02 +555', undefined],
  ['any', '12', undefined],
  ['any', '', undefined],
];

describe('RELIABILITY 28: phone numbers as studios write them', () => {
  for (const [country, written, tel] of TABLE) {
    it(`28: ${country}: "${written}" → ${tel ?? 'text, not dialled'}`, () => {
      const parsed = parsePhone(written);
      expect(parsed.tel).to.equal(tel);
      if (!tel) expect(parsed.problem).to.be.a('string');
      expect(telUrl(written)).to.equal(tel);
    });
  }

  it('28: the table covers at least ten countries', () => {
    expect(new Set(TABLE.map(([c]) => c).filter((c) => c !== 'any')).size).to.be.at.least(10);
  });
});
