/** Tables of: Documents and e-mail delivery (issue 6). */

export interface DocumentsTables {}
