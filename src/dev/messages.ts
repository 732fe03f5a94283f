/** A place in the code where the compiler found a fault. */
export interface CodeProblem {
  /** Relative to the package root, as the compiler and an editor name it. */
  file?: string;
  line?: number;
  col?: number;
  message: string;
}

/** What the supervisor and the loop it started say to each other over IPC. */
export type ToChild = { type: 'code-problems'; problems: CodeProblem[] };
export type ToSupervisor = { type: 'port'; port: number };

export const codeWhere = (p: CodeProblem) => (p.file ? `${p.file}${p.line ? `:${p.line}:${p.col ?? 1}` : ''}` : 'code');
