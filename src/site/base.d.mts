export declare const withTrailingSlash: (base: string) => string;
