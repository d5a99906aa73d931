/**
 * The assembler's intermediate form: what the grammar's semantics build for one source line.
 * Every node that can be the subject of an error carries `col`, its 0-based column within the
 * parsed text (the line with leading blanks removed; see parse.ts for the offset).
 * IR values are shared between identical lines and never mutated.
 */

import type { Int } from './int64.js';

export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '<<' | '>>' | '|' | '&' | '^' | '!'
  | '==' | '!=' | '<>' | '<' | '<=' | '>' | '>=' | '&&' | '||';
export type UnaryOp = '-' | '~' | '+' | '!';
export type RelocFn = 'hi' | 'lo' | 'pcrel_hi' | 'pcrel_lo';

export type Expr =
  /**
   * A number. `wide`: a literal of 65 to 128 bits, as written (`value` is then its low 64 bits):
   * `.octa` takes it whole, as GNU as's bignums; anywhere else it is too large.
   */
  | { readonly k: 'num'; readonly value: Int; readonly col: number; readonly wide?: { readonly value: bigint; readonly text: string } }
  | { readonly k: 'sym'; readonly name: string; readonly col: number }
  | { readonly k: 'local'; readonly label: string; readonly forward: boolean; readonly col: number }
  | { readonly k: 'unary'; readonly op: UnaryOp; readonly arg: Expr; readonly col: number }
  | { readonly k: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr; readonly col: number }
  | { readonly k: 'reloc'; readonly fn: RelocFn; readonly arg: Expr; readonly col: number };

export type Operand =
  | { readonly k: 'expr'; readonly expr: Expr; readonly col: number }
  /** offset(base) or (base); offset is null for the latter. */
  | { readonly k: 'mem'; readonly offset: Expr | null; readonly base: string; readonly baseCol: number; readonly col: number }
  | { readonly k: 'string'; readonly bytes: Uint8Array; readonly col: number }
  /** `sym@plt`, a call's target as gcc -fPIC writes it (call, tail, jump): the symbol itself here. */
  | { readonly k: 'plt'; readonly name: string; readonly col: number }
  /** A floating-point literal (`1.5`, `-2e-3`, `.5`) for .float and .double: its text. */
  | { readonly k: 'float'; readonly text: string; readonly col: number }
  /** A section type or symbol type: @progbits, %nobits, @function. */
  | { readonly k: 'type'; readonly name: string; readonly col: number }
  /** Nothing between two commas (`.p2align 4,,15`). */
  | { readonly k: 'empty'; readonly col: number };

export interface Label {
  readonly name: string;
  readonly col: number;
}

export interface Operation {
  /** Mnemonic or directive name, as written (directives start with "."). */
  readonly name: string;
  readonly col: number;
  readonly operands: readonly Operand[];
}

export interface Statement {
  readonly labels: readonly Label[];
  readonly op: Operation | null;
}

/** A parsed line: its statements (";"-separated), in order. */
export type Line = readonly Statement[];
