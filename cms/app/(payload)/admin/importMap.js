import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { TableFeatureClient as TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReviewPanel as ReviewPanel_494a46a570c5884ee74b3865a5f8652d } from '../../../review/admin/ReviewPanel.tsx'
import { SubmitterCell as SubmitterCell_f62d07f86e9fb6599255f9b22ec65123 } from '../../../review/admin/ReviewCells.tsx'
import { SubmittedWhenCell as SubmittedWhenCell_f62d07f86e9fb6599255f9b22ec65123 } from '../../../review/admin/ReviewCells.tsx'
import { CompareCell as CompareCell_f62d07f86e9fb6599255f9b22ec65123 } from '../../../review/admin/ReviewCells.tsx'
import { ReviewListBanner as ReviewListBanner_3d78ba4825944ae9855c6ca0cb4b5063 } from '../../../review/admin/ReviewListBanner.tsx'
import { ListExport as ListExport_5c189d551567f257dc77c4565ca3b581 } from '../../../components/admin/ListExport.tsx'
import { NewYearTopics as NewYearTopics_f61ec8c4c97e628e1c93867907e1c55c } from '../../../components/admin/NewYearTopics.tsx'
import { TopicImport as TopicImport_dbe88cd26f583b1f31f81d61d98b039a } from '../../../components/admin/TopicImport.tsx'
import { RebuildButton as RebuildButton_cedfe1ba04febce24ec2edd4cd1144ea } from '../../../publish/admin/RebuildButton.tsx'
import { OverdueSchedules as OverdueSchedules_a9ab3356999efa01051b15f91d5da50d } from '../../../publish/admin/OverdueSchedules.tsx'
import { SiteIcon as SiteIcon_a967b73f60ea1c3363358aa35e4bae1a } from '../../../components/admin/SiteLogo.tsx'
import { SiteLogo as SiteLogo_a967b73f60ea1c3363358aa35e4bae1a } from '../../../components/admin/SiteLogo.tsx'
import { EditorGuide as EditorGuide_0576d4ca0f5fe06469375b17823a7fae } from '../../../components/admin/EditorGuide.tsx'
import { ReviewQueue as ReviewQueue_72591fc8609977aeb512c536725d0eb3 } from '../../../review/admin/ReviewQueue.tsx'
import { WorkspaceSelector as WorkspaceSelector_435696aa5428cbd16daa23b364e536b8 } from '../../../components/admin/WorkspaceSelector.tsx'
import { ChineseAdmin as ChineseAdmin_73c1b67dd3c1982b2c665c202be3d3a2 } from '../../../components/admin/ChineseAdmin.tsx'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#TableFeatureClient": TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/review/admin/ReviewPanel.tsx#ReviewPanel": ReviewPanel_494a46a570c5884ee74b3865a5f8652d,
  "/review/admin/ReviewCells.tsx#SubmitterCell": SubmitterCell_f62d07f86e9fb6599255f9b22ec65123,
  "/review/admin/ReviewCells.tsx#SubmittedWhenCell": SubmittedWhenCell_f62d07f86e9fb6599255f9b22ec65123,
  "/review/admin/ReviewCells.tsx#CompareCell": CompareCell_f62d07f86e9fb6599255f9b22ec65123,
  "/review/admin/ReviewListBanner.tsx#ReviewListBanner": ReviewListBanner_3d78ba4825944ae9855c6ca0cb4b5063,
  "/components/admin/ListExport.tsx#ListExport": ListExport_5c189d551567f257dc77c4565ca3b581,
  "/components/admin/NewYearTopics.tsx#NewYearTopics": NewYearTopics_f61ec8c4c97e628e1c93867907e1c55c,
  "/components/admin/TopicImport.tsx#TopicImport": TopicImport_dbe88cd26f583b1f31f81d61d98b039a,
  "/publish/admin/RebuildButton.tsx#RebuildButton": RebuildButton_cedfe1ba04febce24ec2edd4cd1144ea,
  "/publish/admin/OverdueSchedules.tsx#OverdueSchedules": OverdueSchedules_a9ab3356999efa01051b15f91d5da50d,
  "/components/admin/SiteLogo.tsx#SiteIcon": SiteIcon_a967b73f60ea1c3363358aa35e4bae1a,
  "/components/admin/SiteLogo.tsx#SiteLogo": SiteLogo_a967b73f60ea1c3363358aa35e4bae1a,
  "/components/admin/EditorGuide.tsx#EditorGuide": EditorGuide_0576d4ca0f5fe06469375b17823a7fae,
  "/review/admin/ReviewQueue.tsx#ReviewQueue": ReviewQueue_72591fc8609977aeb512c536725d0eb3,
  "/components/admin/WorkspaceSelector.tsx#WorkspaceSelector": WorkspaceSelector_435696aa5428cbd16daa23b364e536b8,
  "/components/admin/ChineseAdmin.tsx#ChineseAdmin": ChineseAdmin_73c1b67dd3c1982b2c665c202be3d3a2,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
