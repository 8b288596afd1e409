import type { GlobalConfig } from 'payload'
import { isPublisherOrAdmin } from '../access/is-publisher-or-admin.ts'
import { signedIn } from '../access/signed-in.ts'
import { ownBuildReasons } from '../workspaces/hooks/own-build-reasons.ts'
import { publishMode, siteBuildSlug } from '../publish/publisher.ts'
import { rebuildQueue } from '../publish/rebuild-jobs.ts'

/** What editors see of the publish-to-live pipeline, and the button to rebuild by hand. */
export const SiteBuild: GlobalConfig = {
  slug: siteBuildSlug,
  label: '网站发布状态',
  admin: { group: '系统', description: '发布或撤回内容后，公众网站会在约一分钟内自动重建。' },
  access: { read: signedIn, update: () => false },
  fields: [
    {
      name: 'controls',
      type: 'ui',
      admin: { components: { Field: '/publish/admin/RebuildButton.tsx#RebuildButton' } },
    },
    {
      name: 'overdueSchedules',
      type: 'ui',
      admin: { components: { Field: '/publish/admin/OverdueSchedules.tsx#OverdueSchedules' } },
    },
    {
      name: 'status',
      label: '状态',
      type: 'select',
      defaultValue: 'idle',
      options: [
        { value: 'idle', label: '尚未重建' },
        { value: 'building', label: '正在构建' },
        { value: 'ok', label: '上次构建成功' },
        { value: 'failed', label: '上次构建失败' },
      ],
      admin: { readOnly: true },
    },
    { name: 'lastSuccessAt', label: '上次成功时间', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastDurationMs', label: '上次用时（毫秒）', type: 'number', admin: { readOnly: true } },
    { name: 'lastAttemptAt', label: '上次尝试时间', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'lastReasons',
      label: '触发原因（文档）',
      type: 'textarea',
      admin: { readOnly: true, description: '只列出本机构的文档' },
      hooks: { afterRead: [ownBuildReasons] },
    },
    { name: 'lastError', label: '上次错误', type: 'textarea', admin: { readOnly: true, description: '构建失败时公众网站保持上一版本' } },
  ],
  endpoints: [
    {
      path: '/rebuild',
      method: 'post',
      handler: async (req) => {
        if (!(await isPublisherOrAdmin({ req }))) {
          return Response.json({ errors: [{ message: '只有审核发布人员或管理员可以重建网站' }] }, { status: 403 })
        }
        const queue = rebuildQueue(req.payload)
        if (!queue) {
          return Response.json({ errors: [{ message: `本环境未启用自动重建（模式：${publishMode()}）` }] }, { status: 409 })
        }
        await queue.request(`手动重建（${req.user?.email ?? '未知用户'}）`)
        return Response.json({ message: '已加入重建队列' })
      },
    },
  ],
}
