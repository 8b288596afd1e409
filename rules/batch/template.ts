/** The template HR can download and fill in: Chinese headers, one example row per kind of activity. */
import { columnNames, type BatchColumn } from './fields.ts'

const templateColumns: BatchColumn[] = ['name', 'id', 'year', 'type', 'date', 'hours', 'days', 'count', 'subject', 'score', 'note']

export function templateRows(year: number): string[][] {
  const y = String(year)
  const rows: Array<Partial<Record<BatchColumn, string>>> = [
    { name: '张三', year: y, type: '公需科目专题', date: `${y}/4/10`, score: '85', note: '一个专题计30学时' },
    { name: '张三', year: y, type: '网络课件', date: `${y}/5/1`, hours: '12', subject: '公需', note: '课件标定的学时' },
    { name: '张三', year: y, type: '培训', date: `${y}/6/20`, days: '3', subject: '专业', note: '每天6学时' },
    { name: '李四', year: y, type: '讲课', date: `${y}/7/1`, count: '2', subject: '专业', note: '每次5学时' },
    { name: '李四', year: y, type: '资格考试', date: `${y}/9/1`, note: '合格计90学时' },
    { name: '王五', year: y, type: '学历', date: `${y}/7/1`, note: '取得当年计90学时' },
    { name: '王五', year: y, type: '其他折算', date: `${y}/8/1`, hours: '40', subject: '专业', note: '论文等，按文件认定的学时' },
  ]
  return [templateColumns.map((c) => columnNames[c]), ...rows.map((r) => templateColumns.map((c) => r[c] ?? ''))]
}
