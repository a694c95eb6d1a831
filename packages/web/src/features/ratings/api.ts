/** The citizen's online rating of a finished dossier, with the receipt's check code. */
import type { PublicRatingBody, RatingView } from '@motcua/core';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';

export type { PublicRatingBody, RatingView };

export function useSubmitRating() {
  return useMutation({
    mutationFn: (body: PublicRatingBody) =>
      apiRequest<RatingView>('/api/public/ratings', { method: 'POST', body }),
  });
}
