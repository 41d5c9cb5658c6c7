import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {useAnchorTargetClassName} from '@docusaurus/theme-common';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {Props} from '@theme/Heading';

/**
 * Docusaurus' Heading (3.10) with one change: the "#" link beside a heading is hidden from
 * assistive technology and from the Tab order. Inside the heading its label became part of the
 * heading's name, so a screen reader announced "Filters Direct link naar Filters" for every
 * heading, and regions named by a heading got the same tail. The link is a pointer shortcut to
 * a section address; the table of contents offers the same links by keyboard and screen reader
 * (WCAG 2.1.1 is met there), and `title` still tells a mouse user what it does.
 */
export default function Heading({as: As, id, ...props}: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  const anchorTargetClassName = useAnchorTargetClassName(id);
  // H1 headings do not need an id because they don't appear in the TOC.
  if (As === 'h1' || !id) {
    return <As {...props} id={undefined} />;
  }
  brokenLinks.collectAnchor(id);
  const anchorTitle = translate(
    {id: 'theme.common.headingLinkTitle', message: 'Direct link to {heading}', description: 'Title for link to heading'},
    {heading: typeof props.children === 'string' ? props.children : id},
  );
  return (
    <As {...props} className={clsx('anchor', anchorTargetClassName, props.className)} id={id}>
      {props.children}
      <Link className="hash-link" to={`#${id}`} title={anchorTitle} aria-hidden="true" tabIndex={-1} translate="no">
        &#8203;
      </Link>
    </As>
  );
}
