// @adobe/json-formula 2.0.0 ships no type declarations: these cover the parts signals.ts uses
// (src/json-formula.js, interpreter.js and TreeInterpreter.js in the package).
declare module '@adobe/json-formula' {
  export interface Interpreter {
    globals: Record<string, unknown>;
    search(ast: unknown, data: unknown): unknown;
  }

  export interface CustomFunction {
    _func: (args: unknown[], data: unknown, interpreter: Interpreter) => unknown;
    _signature: { types: number[] }[];
  }

  export default class JsonFormula {
    constructor(customFunctions: Record<string, CustomFunction>, stringToNumber: null, debug: string[]);
    compile(expression: string, allowedGlobalNames: string[]): unknown;
    run(ast: unknown, json: unknown, language: string, globals: Record<string, unknown>): unknown;
  }

  export const dataTypes: { TYPE_ANY: number };
}
