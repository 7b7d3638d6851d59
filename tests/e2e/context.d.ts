declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** Empty where the machine has no nginx (the server tests then say the nginx half was skipped). */
    nginxURL: string;
  }
}

export {};
