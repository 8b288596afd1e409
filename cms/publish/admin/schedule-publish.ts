import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { publishersRunJobs } from '../../access/publishers-run-jobs.ts'
import { mayActOn } from '../../workspaces/may-act-on.ts'

const onlyPublishersMessage = '只有审核发布人员和管理员可以安排或取消定时发布'
const otherWorkspaceMessage = '只能为本机构的内容安排或取消定时发布'

type Doc = { relationTo?: string; value?: number | string } | undefined

/**
 * The admin's 定时发布 drawer calls the `schedule-publish` server function, which queues or
 * deletes a `payload-jobs` document through the Local API with access overridden. This wrapper
 * (registered in app/(payload)/layout.tsx) lets only those who may publish schedule or cancel,
 * and only for documents of their own workspaces (the job being cancelled included).
 * Every other route to the jobs collection is closed already: its REST/GraphQL access is `false`
 * and `jobs.access` admits publishers only.
 */
export const schedulePublishForPublishers: typeof schedulePublishHandler = async (args) => {
  if (!publishersRunJobs({ req: args.req })) return { error: onlyPublishersMessage }
  const doc = args.doc as Doc
  if (doc?.relationTo && !(await mayActOn(args.req, doc.relationTo, doc.value))) return { error: otherWorkspaceMessage }
  if (args.deleteID !== undefined && args.deleteID !== null) {
    const job = await args.req.payload.findByID({ collection: 'payload-jobs', id: args.deleteID, depth: 0, overrideAccess: true, disableErrors: true, req: args.req })
    const scheduled = (job?.input as { doc?: Doc } | undefined)?.doc
    if (scheduled?.relationTo && !(await mayActOn(args.req, scheduled.relationTo, scheduled.value))) return { error: otherWorkspaceMessage }
  }
  return schedulePublishHandler(args)
}
