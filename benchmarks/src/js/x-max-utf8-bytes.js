// wxshare's one extra schema keyword, for ajv-cli's -c option: a string's length in UTF-8 bytes.
// The same definition as the Ajv example in the main README.
module.exports = (ajv) =>
  ajv.addKeyword({
    keyword: "x-maxUtf8Bytes",
    type: "string",
    schemaType: "number",
    validate: (max, data) => new TextEncoder().encode(data).length <= max,
  });
