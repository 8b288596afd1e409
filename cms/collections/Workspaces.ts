import type { CollectionBeforeDeleteHook, CollectionConfig } from 'payload'
import { workspaceKindLabels, workspaceKinds } from '../../content/workspaces.ts'
import { anyone } from '../access/anyone.ts'
import { isAdmin } from '../access/is-admin.ts'
import { hasRole } from '../access/roles.ts'
import { slugField } from '../fields/slug.ts'
import { validatePhones, validateUrl } from '../fields/validators.ts'
import { PublicError } from '../server/public-errors.ts'

const usedBy = ['notices', 'faqs', 'forms', 'media'] as const

/** A workspace that still holds documents or staff cannot be deleted; the message says what. */
const refuseDeleteWhenUsed: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const held: string[] = []
  for (const collection of usedBy) {
    const { totalDocs } = await req.payload.count({ collection, where: { workspace: { equals: id } }, overrideAccess: true, req })
    if (totalDocs) held.push(`${req.payload.collections[collection].config.labels.plural as string} ${totalDocs} 份`)
  }
  const { totalDocs: staff } = await req.payload.count({ collection: 'users', where: { workspaces: { in: [id] } }, overrideAccess: true, req })
  if (staff) held.push(`用户 ${staff} 个`)
  if (held.length) throw new PublicError(`该机构仍有内容或人员，不能删除：${held.join('、')}。请先移到其他机构。`, 409)
}

/** 机构: the province's 人社厅, a city's 人社局 or a provincial department, and how to reach it. */
export const Workspaces: CollectionConfig = {
  slug: 'workspaces',
  labels: { singular: '机构', plural: '机构' },
  // The site lists every body with its contacts; only admins add or change them.
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'kind', 'order'],
    listSearchableFields: ['name', 'shortName'],
    group: '系统',
    hidden: ({ user }) => !hasRole(user as never, 'admin'),
    description: '省人社厅、各市人社局和省直部门。每份内容和每个账号都属于机构，人员只能编辑本机构的内容。',
  },
  defaultSort: 'order',
  fields: [
    { name: 'name', label: '名称', type: 'text', required: true, unique: true },
    { name: 'shortName', label: '简称', type: 'text', required: true, admin: { description: '如 人社厅、安庆、地矿局' } },
    slugField('网址中的标识，如 anqing（网站 /bureaus/anqing/）；创建后请勿修改'),
    {
      type: 'row',
      fields: [
        { name: 'kind', label: '类别', type: 'select', required: true, defaultValue: 'city', options: workspaceKinds.map((value) => ({ value, label: workspaceKindLabels[value] })) },
        { name: 'order', label: '排序', type: 'number', required: true, defaultValue: 100, admin: { description: '网站「各地各部门」按此从小到大列出' } },
      ],
    },
    {
      name: 'issuers',
      label: '发文机关名称',
      type: 'text',
      hasMany: true,
      admin: { description: '本机构通知上印的发文机关全称，用于导入和核对' },
    },
    {
      name: 'contacts',
      label: '联系方式',
      type: 'group',
      fields: [
        { name: 'hotlines', label: '咨询电话', type: 'text', hasMany: true, validate: validatePhones },
        { name: 'address', label: '地址', type: 'text' },
        { name: 'website', label: '网站', type: 'text', validate: validateUrl },
        { name: 'websiteNote', label: '网站说明', type: 'text' },
        { name: 'note', label: '其他联系方式', type: 'textarea', admin: { description: '联系人、邮箱等，照通知原文填写' } },
      ],
    },
    { name: 'source', label: '来源', type: 'text', admin: { position: 'sidebar', description: '联系方式所据的通知扫描件' } },
  ],
  hooks: { beforeDelete: [refuseDeleteWhenUsed] },
}
