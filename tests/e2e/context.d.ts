declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export {};
