/**
 * Content collections: everything published in the CMS (through its REST API) plus the
 * guides written as MDX in `content/guides/`.
 */
import { defineCollection } from 'astro/content/config'
import { glob } from 'astro/loaders'
import { cmsLoader } from './lib/cms-loader.ts'
import {
  faqSchema,
  formSchema,
  guideSchema,
  mediaSchema,
  noticeSchema,
  providerSchema,
  topicSchema,
  workspaceSchema,
} from './lib/schemas.ts'

export const collections = {
  notices: defineCollection({ loader: cmsLoader('notices'), schema: noticeSchema }),
  topics: defineCollection({ loader: cmsLoader('topics'), schema: topicSchema }),
  providers: defineCollection({ loader: cmsLoader('providers'), schema: providerSchema }),
  faqs: defineCollection({ loader: cmsLoader('faqs'), schema: faqSchema }),
  forms: defineCollection({ loader: cmsLoader('forms'), schema: formSchema }),
  media: defineCollection({ loader: cmsLoader('media'), schema: mediaSchema }),
  workspaces: defineCollection({ loader: cmsLoader('workspaces'), schema: workspaceSchema }),
  guides: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/guides' }),
    schema: guideSchema,
  }),
}
