import * as migration_20261124_063644_initial from './20261124_063644_initial.ts';
import * as migration_20261201_105212_media_public from './20261201_105212_media_public.ts';
import * as migration_20261201_134618_notice_metadata from './20261201_134618_notice_metadata.ts';
import * as migration_20261201_165121_workspaces_review from './20261201_165121_workspaces_review.ts';
import * as migration_20261201_222317_notice_date_indexes from './20261201_222317_notice_date_indexes.ts';
import * as migration_20261202_010617_join_lookup_indexes from './20261202_010617_join_lookup_indexes.ts';

export const migrations = [
  {
    up: migration_20261124_063644_initial.up,
    down: migration_20261124_063644_initial.down,
    name: '20261124_063644_initial',
  },
  {
    up: migration_20261201_105212_media_public.up,
    down: migration_20261201_105212_media_public.down,
    name: '20261201_105212_media_public',
  },
  {
    up: migration_20261201_134618_notice_metadata.up,
    down: migration_20261201_134618_notice_metadata.down,
    name: '20261201_134618_notice_metadata',
  },
  {
    up: migration_20261201_165121_workspaces_review.up,
    down: migration_20261201_165121_workspaces_review.down,
    name: '20261201_165121_workspaces_review',
  },
  {
    up: migration_20261201_222317_notice_date_indexes.up,
    down: migration_20261201_222317_notice_date_indexes.down,
    name: '20261201_222317_notice_date_indexes',
  },
  {
    up: migration_20261202_010617_join_lookup_indexes.up,
    down: migration_20261202_010617_join_lookup_indexes.down,
    name: '20261202_010617_join_lookup_indexes'
  },
];
