import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { publishersRunJobs } from '../../access/publishersRunJobs.ts'

const onlyPublishersMessage = '只有审核发布人员和管理员可以安排或取消定时发布'

/**
 * The admin's 定时发布 drawer calls the `schedule-publish` server function, which queues or
 * deletes a `payload-jobs` document through the Local API with access overridden. This wrapper
 * (registered in app/(payload)/layout.tsx) lets only those who may publish schedule or cancel.
 * Every other route to the jobs collection is closed already: its REST/GraphQL access is `false`
 * and `jobs.access` admits publishers only.
 */
export const schedulePublishForPublishers: typeof schedulePublishHandler = async (args) => {
  if (!publishersRunJobs({ req: args.req })) return { error: onlyPublishersMessage }
  return schedulePublishHandler(args)
}
