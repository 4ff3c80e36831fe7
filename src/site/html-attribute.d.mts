export declare const decodeAttribute: (value: string) => string;
