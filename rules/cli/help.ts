export const HELP = `用法 / Usage:
  npm run --silent hours -- check FILE|-          核对一个年度（JSON 输入） / check one year (JSON input)
  npm run --silent hours -- check --csv FILE|-    人事批量核对（CSV 输入输出） / HR batch check (CSV in, CSV out)
  npm run --silent hours -- cycle FILE|-          多年度核对：职称申报或内部晋升 / multi-year check: title or promotion

选项 / Options:
  --lang zh|en        说明文字的语言，默认 zh / language of messages, default zh
  --date YYYY-MM-DD   按该日期核对（可预览将来的规则），默认今天 / check as of that date (preview future rules), default today
                      也可写成 --date=YYYY-MM-DD、--lang=en / also as --date=YYYY-MM-DD, --lang=en
  --help              显示本帮助 / show this help
                      每个选项只能给一次 / each option at most once
  --version           显示规则版本 / show the rulebook's version

退出码 / Exit codes:
  0  达到要求 / requirement met
  1  未达到要求（CSV：有人未达到或有错误行） / not met (CSV: someone not met or a row in error)
  2  输入有误：标准错误输出说明哪个字段，标准输出为空 / bad input: standard error names the field, nothing on standard output

CSV 表头 / CSV header:  name,year,type,date,hours,days,count,subject
CSV 输出 / CSV output:  name,id,year,total,public,professional,met,shortfall_total,shortfall_public,shortfall_professional,error,notes

活动类型 / Activity types:
  public-topic  courseware  training  lecture  qualification-exam  degree  other-conversion  professional
输入格式（JSON Schema）/ Input formats (JSON Schema): /schemas/year-input.json, /schemas/cycle-input.json
未知字段一律拒绝 / unknown fields are refused; details: rules/README.md
`
