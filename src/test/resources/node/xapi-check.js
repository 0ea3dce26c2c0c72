// Validates every statement in the JSON array file named on the command line with xapi-validation;
// prints one JSON array: per statement, its id and the problems found (path and message).
const fs = require('fs');
const validate = require('xapi-validation').default;
const statements = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
process.stdout.write(JSON.stringify(statements.map(s => ({
  id: s.id,
  problems: validate(s).map(w => ({ path: w.path.join('.'), message: w.message || w.typeName || w.name })),
}))));
