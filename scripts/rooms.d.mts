export declare const LAYERS: readonly (readonly string[])[];
export declare const MEMBERS: Readonly<Record<string, readonly string[]>>;
export declare function roomOf(srcPath: string): string | undefined;
export declare function layerProblem(from: string, to: string): string | undefined;
