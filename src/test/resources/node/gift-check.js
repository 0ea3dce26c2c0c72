// Parses each GIFT file named on the command line with gift-pegjs; prints one JSON array:
// per file, the questions as the parser read them, or the parser's error with line and column.
const fs = require('fs');
const gift = require('gift-pegjs');
const results = process.argv.slice(2).map(file => {
  try {
    return { file, questions: gift.parse(fs.readFileSync(file, 'utf8')) };
  } catch (e) {
    return { file, error: { message: e.message, line: e.location && e.location.start.line, column: e.location && e.location.start.column } };
  }
});
process.stdout.write(JSON.stringify(results));
