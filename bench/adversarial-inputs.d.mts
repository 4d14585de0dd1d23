export const TRIGGER: string;
export function pseudoRandomBytes(length: number, seed?: number): Uint8Array;
export const ADVERSARIAL_INPUTS: Record<string, { text(): string; language?: 'markdown' | 'plaintext' }>;
