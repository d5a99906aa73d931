/**
 * The argument parser of a repeatable option: each value given is added to the list. main.ts
 * knows repeatable options by it (any other option that takes a value may be given once).
 */
export const collect = (value: string, all: string[] | undefined): string[] => [...(all ?? []), value];
