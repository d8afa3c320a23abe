// The smallest workbook Excel and POI read: one sheet of inline strings in a ZIP of stored (uncompressed) entries.
// Written here so the browser scripts upload a workbook made for the test, not a checked-in binary.
import { crc32 } from 'node:zlib';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** rows: arrays of cell texts, the first the header. Returns the .xlsx file's bytes. */
export function workbook(sheetName, rows) {
  return zip([
    ['[Content_Types].xml', XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      + '<Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      + '</Types>'],
    ['_rels/.rels', XML + `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">`
      + `<Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', XML + `<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">`
      + `<sheets><sheet name="${escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', XML + `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">`
      + `<Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`],
    ['xl/worksheets/sheet1.xml', XML + `<worksheet xmlns="${MAIN}"><sheetData>${rows.map(row).join('')}</sheetData></worksheet>`],
  ]);
}

function row(cells, index) {
  const number = index + 1;
  const columns = cells.map((text, column) => `<c r="${String.fromCharCode(65 + column)}${number}" t="inlineStr"><is><t>${escape(text)}</t></is></c>`);
  return `<row r="${number}">${columns.join('')}</row>`;
}

function escape(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A ZIP archive (APPNOTE 6.3) of stored entries with UTF-8 names: local headers, then the central directory. */
function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const fields = { crc: crc32(data), size: data.length, nameLength: nameBytes.length };
    const local = Buffer.concat([header(0x04034b50, fields, null), nameBytes, data]);
    centrals.push(Buffer.concat([header(0x02014b50, fields, offset), nameBytes]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A local file header (offset null) or a central directory header: version 2.0, UTF-8 names, stored, no date. */
function header(signature, { crc, size, nameLength }, offset) {
  const central = offset !== null;
  const buffer = Buffer.alloc(central ? 46 : 30);
  let at = 0;
  const put16 = (value) => { buffer.writeUInt16LE(value, at); at += 2; };
  const put32 = (value) => { buffer.writeUInt32LE(value >>> 0, at); at += 4; };
  put32(signature);
  if (central) {
    put16(20);
  }
  put16(20);
  put16(0x0800);
  put16(0);
  put32(0);
  put32(crc);
  put32(size);
  put32(size);
  put16(nameLength);
  put16(0);
  if (central) {
    put16(0);
    put16(0);
    put16(0);
    put32(0);
    put32(offset);
  }
  return buffer;
}
