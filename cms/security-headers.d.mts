export declare const adminContentSecurityPolicy: string
export declare const mediaContentSecurityPolicy: string
export declare const cmsHeaders: Array<{ source: string; headers: Array<{ key: string; value: string }> }>
export declare const previewContentSecurityPolicy: string
export declare const previewHeaders: Array<{ key: string; value: string }>
export declare const sharedSecurityHeaders: Record<string, string>
