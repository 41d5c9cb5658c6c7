import React, {type ReactNode} from 'react';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import type {Props} from '@theme/BlogPostItem/Container';
import SearchTags from '@site/src/components/SearchTags';

/**
 * Docusaurus' blog post container (3.10) with one change: on a post's own page the post is
 * marked for the search index. The blog's list pages repeat the posts and stay out of it.
 */
export default function BlogPostItemContainer({children, className}: Props): ReactNode {
  const {isBlogPostPage} = useBlogPost();
  if (!isBlogPostPage) return <article className={className}>{children}</article>;
  return (
    <article className={className} data-pagefind-body="">
      <SearchTags kind="nieuws" />
      {children}
    </article>
  );
}
