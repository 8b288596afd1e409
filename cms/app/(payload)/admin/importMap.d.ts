// Types for the generated import map (importMap.js is written by `payload generate:importmap`).
import type { ImportMap } from 'payload'

export declare const importMap: ImportMap
