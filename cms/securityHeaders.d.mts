export declare const adminContentSecurityPolicy: string
export declare const mediaContentSecurityPolicy: string
export declare const cmsHeaders: Array<{ source: string; headers: Array<{ key: string; value: string }> }>
