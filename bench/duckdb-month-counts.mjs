// duckdb-month-counts.mjs CSV COLUMN…: the peer of `entente-cli report`
// in entente-bench-report.  DuckDB reads the CSV (every field as text)
// and counts, for each COLUMN, the rows per month written at the start
// of its values ("2027-01-…"): a plain prefix count, with neither time
// zones nor business hours.  Prints the counts as JSON.
import { DuckDBInstance } from '@duckdb/node-api';

const [csv, ...columns] = process.argv.slice(2);
if (!csv || columns.length === 0) {
  console.error('usage: duckdb-month-counts.mjs CSV COLUMN…');
  process.exit(2);
}

const quote = (name) => '"' + name.replaceAll('"', '""') + '"';
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
await connection.run(`CREATE VIEW export AS SELECT * FROM read_csv(${"'" + csv.replaceAll("'", "''") + "'"}, all_varchar = true, header = true)`);
const parts = columns.map((column) =>
  `SELECT ${"'" + column.replaceAll("'", "''") + "'"} AS stage, left(${quote(column)}, 7) AS month, count(*) AS n
   FROM export WHERE ${quote(column)} IS NOT NULL AND ${quote(column)} <> '' GROUP BY 2`);
const reader = await connection.runAndReadAll(parts.join(' UNION ALL ') + ' ORDER BY 1, 2');
const counts = {};
for (const [stage, month, n] of reader.getRows()) {
  (counts[stage] ??= {})[month] = Number(n);
}
console.log(JSON.stringify(counts));
