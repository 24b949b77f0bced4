import { runEval } from './run-eval';

process.exitCode = runEval(process.cwd(), process.env);
