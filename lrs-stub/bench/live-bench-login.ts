/** The load benchmark's facilitator, shared by its server and its clients (a throw-away login). */
export const BENCH_USER = 'bench-facilitator';
export const BENCH_PASSWORD = 'bench facilitator password';
