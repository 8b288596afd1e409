// The few parts of autocannon's API the load worker uses (the package ships no types).
declare module 'autocannon' {
  interface Stats {
    average: number
    total: number
  }
  interface Result {
    requests: Stats
    latency: Stats
    throughput: Stats
    non2xx: number
    errors: number
    timeouts: number
    duration: number
  }
  interface Instance {
    on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): Instance
  }
  function autocannon(
    options: { url: string; connections?: number; duration?: number; pipelining?: number; headers?: Record<string, string> },
    callback: (error: Error | null, result: Result) => void,
  ): Instance
  export default autocannon
}
