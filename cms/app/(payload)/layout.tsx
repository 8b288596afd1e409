import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type { ServerFunctionClient } from 'payload'
import type React from 'react'
import { schedulePublishForPublishers } from '../../publish/admin/schedule-publish.ts'
import { inRequestScope } from '../../server/request-scope.ts'
import { importMap } from './admin/importMap.js'
import './custom.css'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return inRequestScope(`admin ${args.name}`, () =>
    handleServerFunctions({ ...args, config, importMap, serverFunctions: { 'schedule-publish': schedulePublishForPublishers } }),
  )
}

export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction} htmlProps={{ lang: 'zh-CN' }}>
      {children}
    </RootLayout>
  )
}
