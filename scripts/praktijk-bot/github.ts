/**
 * The few GitHub calls the praktijk bot makes, behind an interface so tests inject a fake.
 * In a workflow, `restClient()` talks to the REST API with fetch and the job's token.
 */

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly user?: {readonly login?: string; readonly type?: string} | null;
}

export interface GitHubClient {
  listComments(issue: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<void>;
  updateComment(commentId: number, body: string): Promise<void>;
  addLabels(issue: number, labels: readonly string[]): Promise<void>;
  /** Removes a label; a label the issue does not have is not an error. */
  removeLabel(issue: number, label: string): Promise<void>;
}

/** A client for the REST API of `repository` (`owner/name`), with the job's `GITHUB_TOKEN`. */
export function restClient({token, repository, apiUrl = 'https://api.github.com'}: {token: string; repository: string; apiUrl?: string}): GitHubClient {
  const call = async (method: string, path: string, body?: unknown, allow404 = false) => {
    const response = await fetch(`${apiUrl}/repos/${repository}${path}`, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'x-github-api-version': '2022-11-28',
        ...(body === undefined ? {} : {'content-type': 'application/json'}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (allow404 && response.status === 404) return undefined;
    if (!response.ok) throw new Error(`GitHub ${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  };
  return {
    async listComments(issue) {
      const comments: IssueComment[] = [];
      for (let page = 1; ; page++) {
        const batch = (await call('GET', `/issues/${issue}/comments?per_page=100&page=${page}`)) as IssueComment[];
        comments.push(...batch);
        if (batch.length < 100) return comments;
      }
    },
    createComment: async (issue, body) => void (await call('POST', `/issues/${issue}/comments`, {body})),
    updateComment: async (commentId, body) => void (await call('PATCH', `/issues/comments/${commentId}`, {body})),
    addLabels: async (issue, labels) => void (await call('POST', `/issues/${issue}/labels`, {labels})),
    removeLabel: async (issue, label) => void (await call('DELETE', `/issues/${issue}/labels/${encodeURIComponent(label)}`, undefined, true)),
  };
}
