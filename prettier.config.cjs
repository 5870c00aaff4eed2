// office-addin-prettier-config (print width 100, ES5 trailing commas), with single quotes as the code base uses.
module.exports = { ...require('office-addin-prettier-config'), singleQuote: true };
