/** Tables of: Objections, disputes, consequence tests, DIK/DIP (issue 7). */

export interface ObjectionsTables {}
