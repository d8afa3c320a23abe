import { scoringApi } from './clients';
import { settle } from './call';
import type { components } from './generated/scoring';

export type Review = components['schemas']['ReviewView'];
export type JudgementUnderReview = components['schemas']['JudgementUnderReview'];
export type GradeUnderReview = components['schemas']['GradeUnderReview'];
export type Comment = components['schemas']['CommentView'];

/** The reviewer's decision as the review screens collect it: confirm, or adjust with a value and a reason. */
export interface Decision {
  decision: 'CONFIRMED' | 'ADJUSTED';
  points?: number;
  grade?: 'ACHIEVED' | 'PARTLY_ACHIEVED' | 'NOT_ACHIEVED';
  share?: number;
  reason?: string;
}

const evaluation = (dept: string, year: number) => ({ dept, year });

export function readReview(dept: string, year: number) {
  return settle(scoringApi.GET('/api/v1/departments/{dept}/years/{year}/review', { params: { path: evaluation(dept, year) } }));
}

export function reviewJudgement(dept: string, year: number, item: string, decision: Decision) {
  const { decision: verdict, points, reason } = decision;
  return settle(scoringApi.PUT('/api/v1/departments/{dept}/years/{year}/review/judgements/{item}', {
    params: { path: { ...evaluation(dept, year), item } },
    body: { decision: verdict, points, reason },
  }));
}

export function reviewGrade(dept: string, year: number, indicatorId: string, decision: Decision) {
  const { decision: verdict, grade, share, reason } = decision;
  return settle(scoringApi.PUT('/api/v1/departments/{dept}/years/{year}/review/indicators/{indicatorId}', {
    params: { path: { ...evaluation(dept, year), indicatorId } },
    body: { decision: verdict, grade, share, reason },
  }));
}

export function comment(dept: string, year: number, itemCode: string, text: string) {
  return settle(scoringApi.POST('/api/v1/departments/{dept}/years/{year}/review/comments', {
    params: { path: evaluation(dept, year) },
    body: { itemCode, text },
  }));
}

export function answer(dept: string, year: number, commentId: number, text: string) {
  return settle(scoringApi.POST('/api/v1/departments/{dept}/years/{year}/review/comments/{commentId}/answers', {
    params: { path: { ...evaluation(dept, year), commentId } },
    body: { text },
  }));
}
